package switchboard.bench;

import dev.switchboard.common.DatabaseAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC to the application's database, outside the application: no pool, no Spring. */
final class Database {

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DatabaseAddress address;

    Database(DatabaseAddress address) {
        this.address = address;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
            }
            return rows;
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) throws SQLException {
        return list(sql, row, params).stream().findFirst();
    }

    String text(String sql, Object... params) throws SQLException {
        return one(sql, rs -> rs.getString(1), params).orElse("");
    }

    long number(String sql, Object... params) throws SQLException {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }
}
