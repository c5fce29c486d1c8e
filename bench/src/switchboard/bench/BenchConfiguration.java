package switchboard.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the benchmark adds to the running application, and nothing else: a request that
 * carries {@code X-Bench-Run} has every SQL statement it runs recorded under that name.
 * Requests without the header (all timed ones) take the application's own path.
 */
@Configuration(proxyBeanMethods = false)
class BenchConfiguration {

    static final String HEADER = "X-Bench-Run";

    /** First of all filters, so the whole request (authentication included) is recorded. */
    @Bean
    FilterRegistrationBean<BenchRunFilter> benchRunFilter() {
        FilterRegistrationBean<BenchRunFilter> registration = new FilterRegistrationBean<>(new BenchRunFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    static BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof RecordingDataSource)
                        ? new RecordingDataSource(ds) : bean;
            }
        };
    }

    static final class BenchRunFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String run = request.getHeader(HEADER);
            if (run == null) {
                chain.doFilter(request, response);
                return;
            }
            Recorder.start();
            try {
                chain.doFilter(request, response);
            } finally {
                Recorder.stop(run);
            }
        }
    }

    /** Hands out recording connections only to a recording thread; closeable like the pool it wraps. */
    static final class RecordingDataSource extends DelegatingDataSource implements Closeable {

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return Recorder.active() ? Recorder.wrap(connection) : connection;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            Connection connection = super.getConnection(user, password);
            return Recorder.active() ? Recorder.wrap(connection) : connection;
        }

        @Override
        public void close() throws IOException {
            if (getTargetDataSource() instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }
}
