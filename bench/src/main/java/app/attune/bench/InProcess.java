package app.attune.bench;

import app.attune.AttuneApplication;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The application in the benchmark's own process, so a service can be timed without HTTP, and every SELECT it sends
 * (with its parameters) can be captured and replayed through plain JDBC as the baseline.
 */
final class InProcess implements AutoCloseable {

    /** One statement as the application sent it. */
    record Captured(String sql, List<ParameterSetOperation> parameters) {

        PreparedStatement prepare(Connection c, String prefix) throws SQLException {
            var ps = c.prepareStatement(prefix + sql);
            for (var op : parameters) {
                try {
                    op.getMethod().invoke(ps, op.getArgs());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
            return ps;
        }
    }

    private static final ThreadLocal<List<Captured>> CAPTURE = new ThreadLocal<>();
    private static final Pattern TIME = Pattern.compile("(Planning|Execution) Time: ([0-9.]+) ms");

    final ConfigurableApplicationContext context;

    private InProcess(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static InProcess start(String database) {
        var app = new SpringApplication(AttuneApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        String[] args = {
            "--spring.datasource.url=" + Bench.jdbcUrl(database),
            "--spring.datasource.username=" + Bench.env("PGUSER", "postgres"),
            "--spring.datasource.password=" + Bench.env("PGPASSWORD", ""),
            "--spring.datasource.hikari.maximum-pool-size=10",
            "--server.port=0",
            "--attune.mail.poll-interval=1h",
            "--logging.level.root=WARN",
            "--spring.main.banner-mode=off",
            "--vaadin.productionMode=true"
        };
        app.addInitializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds)
                            .name("captured")
                            .afterQuery((info, queries) -> {
                                var list = CAPTURE.get();
                                if (list != null) {
                                    for (var q : queries) {
                                        var params = q.getParametersList().isEmpty()
                                                ? List.<ParameterSetOperation>of()
                                                : q.getParametersList().get(0);
                                        list.add(new Captured(q.getQuery(), List.copyOf(params)));
                                    }
                                }
                            })
                            .build();
                }
                return bean;
            }
        }));
        return new InProcess(app.run(args));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Acts as this user from now on, on this thread. */
    void signIn(String email) {
        var user = bean(UserDetailsService.class).loadUserByUsername(email);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(auth);
        SecurityContextHolder.setContext(security);
    }

    /** The SELECTs {@code work} sends, in order. */
    static List<Captured> capture(Runnable work) {
        var list = new ArrayList<Captured>();
        CAPTURE.set(list);
        try {
            work.run();
        } finally {
            CAPTURE.remove();
        }
        return list.stream()
                .filter(c -> c.sql().strip().toLowerCase().startsWith("select"))
                .toList();
    }

    /** Runs the statements through plain JDBC and reads every row: what the database alone costs. */
    static void replay(Connection c, List<Captured> statements) {
        try {
            for (var s : statements) {
                try (var ps = s.prepare(c, "");
                        var rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The planning and execution time PostgreSQL reports for the statements, summed, in milliseconds. */
    static double explainAnalyze(Connection c, List<Captured> statements, StringBuilder plans) {
        double total = 0;
        try {
            for (var s : statements) {
                try (var ps = s.prepare(c, "explain (analyze, buffers) ");
                        var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (plans != null) {
                            plans.append(line).append('\n');
                        }
                        var m = TIME.matcher(line);
                        if (m.find()) {
                            total += Double.parseDouble(m.group(2));
                        }
                    }
                }
                if (plans != null) {
                    plans.append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }

    @Override
    public void close() {
        context.close();
    }
}
