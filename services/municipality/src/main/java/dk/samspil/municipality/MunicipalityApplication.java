package dk.samspil.municipality;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The municipality's SSP work: initiatives, their approval, and their events to the other levels. */
@SpringBootApplication
public class MunicipalityApplication {

    public static void main(String[] args) {
        SpringApplication.run(MunicipalityApplication.class, args);
    }
}
