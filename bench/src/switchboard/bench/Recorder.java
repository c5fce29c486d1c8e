package switchboard.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the SQL the application runs for one marked request: the text and the bound
 * values of every statement, exactly as the JDBC driver got them, so the benchmark can
 * run the same statements directly against PostgreSQL.
 */
final class Recorder {

    /** One call that bound a parameter (setObject, setString, setNull …), replayed by reflection. */
    record Binding(String method, Class<?>[] types, Object[] args) {

        /** The value as a reader of the plan wants to see it. */
        String value() {
            if (method.equals("setNull")) {
                return "null";
            }
            Object v = args[1];
            if (v instanceof Object[] array) {
                List<String> items = Arrays.stream(array).limit(3).map(String::valueOf).toList();
                return "{" + String.join(",", items) + (array.length > 3 ? ",… " + array.length + " values" : "")
                        + "}";
            }
            return v instanceof Number || v instanceof Boolean ? String.valueOf(v) : "'" + v + "'";
        }
    }

    /** One executed statement. */
    record Recorded(String sql, List<Binding> bindings) {

        private static final Pattern TARGET = Pattern.compile(
                "(?is)^\\s*(?:update|insert\\s+into|delete\\s+from)\\s+([a-z_]+)|\\bfrom\\s+([a-z_]+)");

        /** The table the statement is about: the one it changes, else the first it reads. */
        String table() {
            Matcher m = TARGET.matcher(sql);
            return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT) : "";
        }

        /** The bound values, in order: "$1 = …, $2 = …". */
        String parameters() {
            List<String> values = new ArrayList<>();
            for (Binding b : bindings) {
                values.add("$" + b.args()[0] + " = " + b.value());
            }
            return values.isEmpty() ? "no parameters" : String.join(", ", values);
        }

        /** Who is calling (token, user, workspace): the same for every request, not the list's work. */
        boolean isAuthLookup() {
            return List.of("api_tokens", "users", "workspaces").contains(table());
        }
    }

    private static final ThreadLocal<List<Recorded>> CURRENT = new ThreadLocal<>();
    private static final Map<String, List<Recorded>> DONE = new ConcurrentHashMap<>();

    private Recorder() {
    }

    static void start() {
        CURRENT.set(new ArrayList<>());
    }

    static void stop(String run) {
        List<Recorded> recorded = CURRENT.get();
        CURRENT.remove();
        DONE.put(run, recorded == null ? List.of() : recorded);
    }

    static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * The statements of a finished run. The response can reach the client a moment before
     * the server's filter has finished, so this waits for it briefly.
     */
    static List<Recorded> take(String run) throws InterruptedException {
        for (int i = 0; i < 500 && !DONE.containsKey(run); i++) {
            Thread.sleep(2);
        }
        List<Recorded> recorded = DONE.remove(run);
        if (recorded == null) {
            throw new IllegalStateException("No statements were recorded for run " + run);
        }
        return recorded;
    }

    /** A connection whose statements are recorded while this thread records. */
    static Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (self, method, args) -> {
            Object result = call(connection, method, args);
            if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                return prepared((PreparedStatement) result, sql);
            }
            if (method.getName().equals("createStatement")) {
                return plain((Statement) result);
            }
            return result;
        });
    }

    private static PreparedStatement prepared(PreparedStatement statement, String sql) {
        List<Binding> bindings = new ArrayList<>();
        return proxy(PreparedStatement.class, statement, (self, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Binding(name, method.getParameterTypes(), args.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if ((name.startsWith("execute") || name.equals("addBatch")) && (args == null || args.length == 0)) {
                add(new Recorded(sql, List.copyOf(bindings)));
            }
            return call(statement, method, args);
        });
    }

    private static Statement plain(Statement statement) {
        return proxy(Statement.class, statement, (self, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
                add(new Recorded(sql, List.of()));
            }
            return call(statement, method, args);
        });
    }

    private static void add(Recorded statement) {
        List<Recorded> recorded = CURRENT.get();
        if (recorded != null) {
            recorded.add(statement);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(Recorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
