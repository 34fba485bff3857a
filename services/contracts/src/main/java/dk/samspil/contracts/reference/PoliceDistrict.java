package dk.samspil.contracts.reference;

import java.util.List;

/** A police district (politikreds); its district council (kredsråd) covers exactly these municipalities. */
public record PoliceDistrict(String code, String name, List<Municipality> municipalities) {

    public PoliceDistrict {
        municipalities = List.copyOf(municipalities);
    }
}
