package dk.samspil.districtcouncil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The district council (kredsråd) of each police district: its dashboard over the municipalities' initiatives. */
@SpringBootApplication
public class DistrictCouncilApplication {

    public static void main(String[] args) {
        SpringApplication.run(DistrictCouncilApplication.class, args);
    }
}
