package org.reportcycle.reliability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A test's view of what the application asks the database: every statement executed, every connection taken
 * from the pool and every commit, counted across all threads (a probe runs one request at a time, so the
 * difference between two readings is what that request cost). Registered as a {@link BeanPostProcessor} that
 * wraps the {@code DataSource} bean.
 */
final class StatementCounter implements BeanPostProcessor {

    final LongAdder statements = new LongAdder();
    final LongAdder connections = new LongAdder();
    final LongAdder commits = new LongAdder();
    final Map<String, AtomicInteger> shapes = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, ds, (target, method, args) -> {
                Object result = invoke(target, method, args);
                if (method.getName().equals("getConnection")) {
                    connections.increment();
                    return proxy(Connection.class, result, this::connectionCall);
                }
                return result;
            });
        }
        return bean;
    }

    /** A reading of the counters, to subtract from a later one. */
    Reading read() {
        return new Reading(statements.sum(), connections.sum(), commits.sum());
    }

    record Reading(long statements, long connections, long commits) {
        Reading minus(Reading earlier) {
            return new Reading(
                    statements - earlier.statements, connections - earlier.connections, commits - earlier.commits);
        }
    }

    private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        String name = method.getName();
        if (name.equals("commit")) {
            commits.increment();
        } else if (result instanceof Statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            Class<?> type = name.equals("prepareCall")
                    ? java.sql.CallableStatement.class
                    : name.equals("prepareStatement") ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, result, (st, m, a) -> {
                String n = m.getName();
                if (n.startsWith("execute")) {
                    statements.increment();
                    String text = a != null && a.length > 0 && a[0] instanceof String s ? s : sql;
                    shapes.computeIfAbsent(shape(text), k -> new AtomicInteger())
                            .incrementAndGet();
                    trace(text);
                }
                return invoke(st, m, a);
            });
        }
        return result;
    }

    /**
     * With {@code -Dreportcycle.cost.trace=<regex>}, prints where the application ran each statement the regex finds
     * (its own frames only): to see which code a statement in the counts comes from.
     */
    private static void trace(String sql) {
        String pattern = System.getProperty("reportcycle.cost.trace");
        if (pattern == null
                || sql == null
                || !java.util.regex.Pattern.compile(pattern).matcher(sql).find()) {
            return;
        }
        StringBuilder where = new StringBuilder("COST TRACE: " + shape(sql));
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            if (e.getClassName().startsWith("org.reportcycle.")
                    && !e.getClassName().startsWith("org.reportcycle.reliability.")) {
                where.append("\n    at ").append(e);
            }
        }
        System.out.println(where);
    }

    private static String shape(String sql) {
        if (sql == null) {
            return "?";
        }
        String s = sql.replaceAll("\\s+", " ").strip();
        return s.length() > 150 ? s.substring(0, 150) : s;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getName().equals("unwrap") && a != null && a[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            return handler.handle(target, m, a);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }
}
