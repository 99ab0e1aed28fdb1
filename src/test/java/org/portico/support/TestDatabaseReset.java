package org.portico.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * On a shared database (the PostgreSQL run), starts the tests from an empty schema so that a
 * previous run's rows cannot change the results.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseReset {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate(Environment environment) {
        boolean clean = environment.getProperty("portico.test.clean-database", Boolean.class,
                false);
        return flyway -> {
            if (clean) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
