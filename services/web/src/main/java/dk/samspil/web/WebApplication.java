package dk.samspil.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The pages people use. Owns no domain data: every figure comes from the services' APIs through the gateway, asked
 * with the signed-in user's token, and the published events tell open pages when to show them again.
 */
@SpringBootApplication
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
