package dev.switchboard.common.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.common.DatabaseAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: the server named by {@code SWITCHBOARD_DB_URL}, or, when none is given, an
 * embedded PostgreSQL whose data lives under {@code SWITCHBOARD_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseAddress databaseAddress(@Value("${switchboard.db.url:}") String url,
            @Value("${switchboard.db.user:postgres}") String user,
            @Value("${switchboard.db.password:}") String password,
            @Value("${switchboard.data-dir:./data}") String dataDir,
            @Value("${switchboard.db.clean-embedded:false}") boolean cleanEmbedded) {
        if (url.isBlank()) {
            return new DatabaseAddress(EmbeddedDatabase.start(dataDir, cleanEmbedded).jdbcUrl(), "postgres", "postgres");
        }
        return new DatabaseAddress(url, user, password);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseAddress address, @Value("${switchboard.db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(address.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("switchboard");
        return new HikariDataSource(config);
    }
}
