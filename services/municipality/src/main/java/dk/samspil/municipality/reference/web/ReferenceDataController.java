package dk.samspil.municipality.reference.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;

/** The police districts and their municipalities; public reference data. */
@RestController
@RequestMapping("/api/reference")
class ReferenceDataController {

    private final ReferenceData referenceData = ReferenceData.instance();

    @GetMapping("/districts")
    Collection<PoliceDistrict> districts() {
        return referenceData.districts();
    }

    @GetMapping("/municipalities/{kommunekode}")
    MunicipalityView municipality(@PathVariable String kommunekode) {
        Municipality municipality = referenceData.municipality(kommunekode);
        PoliceDistrict district = referenceData.district(municipality.districtCode());
        return new MunicipalityView(municipality.code(), municipality.name(), district.code(), district.name());
    }

    record MunicipalityView(String code, String name, String districtCode, String districtName) {
    }
}
