package app.attune.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * Holds off a bean's {@code @Scheduled} jobs for one test, so the test runs them itself and nothing races it, in a
 * context that otherwise runs them (rather than a context of its own with a long interval). {@link IntegrationTest}
 * resumes them after each test.
 */
public final class ScheduledJobs {

    private static final Map<ApplicationContext, Map<String, Object>> HELD = new LinkedHashMap<>();

    private ScheduledJobs() {
    }

    /** Cancels the scheduled jobs of the bean of this type until the test ends; a run under way may still finish. */
    public static synchronized void holdOff(ApplicationContext context, Class<?> beanType) {
        String[] names = context.getBeanNamesForType(beanType);
        if (names.length != 1) {
            throw new IllegalArgumentException("Not one bean of type " + beanType.getName() + ": " + names.length);
        }
        var held = HELD.computeIfAbsent(context, c -> new LinkedHashMap<>());
        if (!held.containsKey(names[0])) {
            Object bean = context.getBean(names[0]);
            processor(context).postProcessBeforeDestruction(bean, names[0]);
            held.put(names[0], bean);
        }
    }

    /** Schedules again every job held off in this context. */
    static synchronized void resumeAll(ApplicationContext context) {
        var held = HELD.remove(context);
        if (held != null) {
            var processor = processor(context);
            held.forEach((name, bean) -> processor.postProcessAfterInitialization(bean, name));
        }
    }

    private static ScheduledAnnotationBeanPostProcessor processor(ApplicationContext context) {
        return context.getBean(ScheduledAnnotationBeanPostProcessor.class);
    }
}
