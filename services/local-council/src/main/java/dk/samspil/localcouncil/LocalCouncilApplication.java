package dk.samspil.localcouncil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The local councils (lokalråd): their local activities and reports, and the district council's decisions they carry out. */
@SpringBootApplication
public class LocalCouncilApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalCouncilApplication.class, args);
    }
}
