package dk.samspil.nationalassociation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The national association (SSP-Samrådet): its overview of initiatives in all twelve police districts. */
@SpringBootApplication
public class NationalAssociationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NationalAssociationApplication.class, args);
    }
}
