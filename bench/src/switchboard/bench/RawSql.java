package switchboard.bench;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs recorded statements directly against PostgreSQL over plain JDBC (the same driver
 * and defaults as the application, one connection), with the same bound values: the
 * yardstick the API's time is compared to.
 */
final class RawSql implements AutoCloseable {

    private final Connection connection;

    RawSql(Database db) throws SQLException {
        this.connection = db.connect();
    }

    /**
     * Times {@code runs} executions of the statements, one after another like the request
     * ran them, each result read to the end. Writes run in a transaction that is rolled back.
     */
    long[] time(List<Recorder.Recorded> statements, int warmup, int runs, boolean rollBack) throws Exception {
        for (int i = 0; i < warmup; i++) {
            once(statements, rollBack);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            once(statements, rollBack);
            nanos[i] = System.nanoTime() - started;
        }
        return nanos;
    }

    /** The plan PostgreSQL chooses for the statement with these values, and what running it cost. */
    List<String> explain(Recorder.Recorded statement) throws Exception {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement s = prepare("explain (analyze, buffers) " + statement.sql(), statement.bindings());
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return plan;
    }

    private void once(List<Recorder.Recorded> statements, boolean rollBack) throws Exception {
        if (rollBack) {
            connection.setAutoCommit(false);
        }
        try {
            for (Recorder.Recorded statement : statements) {
                try (PreparedStatement s = prepare(statement.sql(), statement.bindings())) {
                    if (s.execute()) {
                        drain(s.getResultSet());
                    }
                }
            }
        } finally {
            if (rollBack) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private PreparedStatement prepare(String sql, List<Recorder.Binding> bindings) throws Exception {
        PreparedStatement s = connection.prepareStatement(sql);
        for (Recorder.Binding b : bindings) {
            try {
                PreparedStatement.class.getMethod(b.method(), b.types()).invoke(s, b.args());
            } catch (InvocationTargetException e) {
                s.close();
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return s;
    }

    /** Reads every value, as the application does when it maps rows. */
    private static void drain(ResultSet rs) throws SQLException {
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
