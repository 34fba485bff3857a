package dk.samspil.nationalassociation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The national association (SSP-Samrådet): its overview of the municipalities' SSP work, per police district. */
@SpringBootApplication
public class NationalAssociationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NationalAssociationApplication.class, args);
    }
}
