package dk.samspil.platform.audit;

import dk.samspil.platform.config.FlywayLocations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

import java.time.Clock;

/**
 * A service with a database records reads of restricted data ({@link AuditTrail}, its table by Flyway) and answers
 * {@code GET /api/audit} from them and its event store. Audit time is wall-clock time, as the event store's, never the
 * service's {@link Clock}, which a test may fix to a day.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
@ConditionalOnClass(JdbcTemplate.class)
public class AuditAutoConfiguration {

    private static final Clock WALL_CLOCK = Clock.systemUTC();

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    AuditTrail auditTrail(JdbcTemplate jdbc, @Value("${spring.application.name}") String service) {
        return new AuditTrail(jdbc, service, WALL_CLOCK);
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    AuditLog auditLog(JdbcTemplate jdbc, @Value("${spring.application.name}") String service) {
        boolean hasEventStore = ClassUtils.isPresent("org.axonframework.config.ConfigurerModule", getClass().getClassLoader());
        return new AuditLog(jdbc, service, hasEventStore);
    }

    @Bean
    @ConditionalOnBean(AuditLog.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    AuditController auditController(AuditLog log, AuditTrail trail) {
        return new AuditController(log, trail, WALL_CLOCK);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    @ConditionalOnBean(JdbcTemplate.class)
    static class AuditSchema {

        @Bean
        FlywayConfigurationCustomizer auditTables() {
            return FlywayLocations.adding("classpath:db/audit");
        }
    }
}
