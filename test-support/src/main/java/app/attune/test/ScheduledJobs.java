package app.attune.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Holds off a bean's fixed-delay {@code @Scheduled} jobs for one test, so the test runs them itself and nothing
 * races it, in a context that otherwise runs them (rather than a context of its own with a long interval).
 * {@link IntegrationTest} resumes them after each test, on the same delay.
 */
public final class ScheduledJobs {

    /** A job as the application scheduled it, and the future that runs it now (null while held off). */
    private static final class Job {
        final FixedDelayTask task;

        @Nullable
        ScheduledFuture<?> running;

        Job(FixedDelayTask task) {
            this.task = task;
        }
    }

    private static final Map<ApplicationContext, Map<String, Job>> JOBS = new HashMap<>();
    private static final Map<ApplicationContext, List<Job>> HELD = new HashMap<>();

    private ScheduledJobs() {}

    /** Cancels the fixed-delay jobs of this class until the test ends; a run under way may still finish. */
    public static synchronized void holdOff(ApplicationContext context, Class<?> beanType) {
        var jobs = JOBS.computeIfAbsent(context, c -> new HashMap<>());
        var held = HELD.computeIfAbsent(context, c -> new ArrayList<>());
        String name = beanType.getName();
        boolean found = false;
        for (var scheduled : context.getBean(ScheduledTaskHolder.class).getScheduledTasks()) {
            if (scheduled.getTask() instanceof FixedDelayTask task && isOf(task, name)) {
                found = true;
                if (jobs.putIfAbsent(task.toString(), new Job(task)) == null) {
                    // The first time: the application's own schedule stops for good; resumeAll starts a copy.
                    scheduled.cancel(false);
                    held.add(jobs.get(task.toString()));
                }
            }
        }
        for (var job : jobs.values()) {
            if (isOf(job.task, name)) {
                found = true;
                if (job.running != null) {
                    job.running.cancel(false);
                    job.running = null;
                    held.add(job);
                }
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No fixed-delay @Scheduled job in " + beanType.getName());
        }
    }

    // A task names its method, on the class or on its proxy's subclass.
    private static boolean isOf(FixedDelayTask task, String className) {
        String method = task.toString();
        return method.startsWith(className + ".") || method.startsWith(className + "$$");
    }

    /** Schedules again every job held off in this context, on the delay the application gave it. */
    static synchronized void resumeAll(ApplicationContext context) {
        var held = HELD.remove(context);
        if (held == null || held.isEmpty()) {
            return;
        }
        var scheduler = context.getBean(TaskScheduler.class);
        for (var job : held) {
            job.running = scheduler.scheduleWithFixedDelay(
                    job.task.getRunnable(),
                    Instant.now().plus(job.task.getIntervalDuration()),
                    job.task.getIntervalDuration());
        }
    }
}
