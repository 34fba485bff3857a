package dk.samspil.nationalassociation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The national association (SSP-Samrådet): its projects, forums and gatherings, and the national picture of every
 * police district over time (the platform's activity timeline, see {@code samspil.timeline.enabled}).
 */
@SpringBootApplication
public class NationalAssociationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NationalAssociationApplication.class, args);
    }
}
