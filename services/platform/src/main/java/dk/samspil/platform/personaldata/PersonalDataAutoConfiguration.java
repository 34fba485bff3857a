package dk.samspil.platform.personaldata;

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


/**
 * A service with a database gets the {@link PersonalDataVault} (its tables by Flyway, beside Axon's) and the erasure
 * endpoint.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
@ConditionalOnClass(JdbcTemplate.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    PersonalDataVault personalDataVault(JdbcTemplate jdbc,
                                        @Value("${samspil.personal-data.lookup-secret}") String lookupSecret) {
        return new PersonalDataVault(jdbc, lookupSecret);
    }

    @Bean
    @ConditionalOnBean(PersonalDataVault.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    PersonalDataErasureController personalDataErasureController(PersonalDataVault vault) {
        return new PersonalDataErasureController(vault);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    @ConditionalOnBean(JdbcTemplate.class)
    static class PersonalDataSchema {

        @Bean
        FlywayConfigurationCustomizer personalDataTables() {
            return FlywayLocations.adding("classpath:db/personaldata");
        }
    }
}
