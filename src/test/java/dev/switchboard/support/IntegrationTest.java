package dev.switchboard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, on the embedded PostgreSQL of the test run (one
 * per JVM, data under target/), with the demo switched off and deliveries polled often.
 */
@Target(ElementType.TYPE)
@java.lang.annotation.Inherited
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.data-dir=target/test-data",
        "switchboard.db.clean-embedded=true",
        "switchboard.demo.enabled=false",
        "switchboard.delivery.poll-interval=PT0.2S",
        "switchboard.webhooks.first-retry=PT0.5S",
        "switchboard.email.poll-interval=PT0.5S",
        "switchboard.widget.sweep=PT0.5S",
        "switchboard.public-url=https://switchboard.example.test"
})
public @interface IntegrationTest {
}
