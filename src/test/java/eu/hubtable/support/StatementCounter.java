package eu.hubtable.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread prepares, so a test can assert that a page of a
 * list costs a fixed number of queries (no N+1), whatever the page size.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<AtomicInteger> PREPARED = ThreadLocal.withInitial(AtomicInteger::new);

    /** Runs the work and returns how many statements this thread prepared meanwhile. */
    public static int statementsDuring(Runnable work) {
        PREPARED.get().set(0);
        work.run();
        return PREPARED.get().get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource, this::connection) : bean;
    }

    private Object connection(Object result) {
        return result instanceof Connection connection ? proxy(Connection.class, connection, r -> r) : result;
    }

    private static <T> T proxy(Class<T> type, T target, java.util.function.UnaryOperator<Object> wrapResult) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (type == Connection.class && isStatementFactory(method)) {
                PREPARED.get().incrementAndGet();
            }
            try {
                return wrapResult.apply(method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static boolean isStatementFactory(Method method) {
        return switch (method.getName()) {
            case "prepareStatement", "createStatement", "prepareCall" -> true;
            default -> false;
        };
    }
}
