package dk.samspil.contracts.reference;

/** A Danish municipality (kommune), identified by its four-digit kommunekode. */
public record Municipality(String code, String name, String districtCode) {
}
