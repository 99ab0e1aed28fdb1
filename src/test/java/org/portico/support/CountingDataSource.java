package org.portico.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.sql.DataSource;

/**
 * The application's data source seen through a window that writes down the SQL of every
 * statement prepared or run on it, so a test can tell how many statements some work costs.
 * A prepared statement counts once however many rows a batch sends with it.
 */
public final class CountingDataSource {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final DataSource counted;

    public CountingDataSource(DataSource real) {
        this.counted = proxy(DataSource.class, real, (method, args, result) -> method.getName()
                .equals("getConnection") ? connection((Connection) result) : result);
    }

    /** The data source to hand to the code under test. */
    public DataSource dataSource() {
        return counted;
    }

    /** How many statements ran since the last {@link #reset}. */
    public int count() {
        return statements.size();
    }

    /** How many of them match. */
    public long count(Predicate<String> sql) {
        return statements.stream().filter(sql).count();
    }

    /** The SQL of the statements since the last {@link #reset}, in order. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void reset() {
        statements.clear();
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (method, args, result) -> {
            if (method.getName().startsWith("prepare")) {
                statements.add(String.valueOf(args[0]));
            }
            return method.getName().equals("createStatement")
                    ? statement((Statement) result) : result;
        });
    }

    private Statement statement(Statement real) {
        return proxy(Statement.class, real, (method, args, result) -> {
            if (method.getName().startsWith("execute") && args != null
                    && args[0] instanceof String sql) {
                statements.add(sql);
            }
            return result;
        });
    }

    /** What a wrapper does after the real call: notes the SQL, wraps what it returned. */
    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T real, After after) {
        InvocationHandler handler = (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
