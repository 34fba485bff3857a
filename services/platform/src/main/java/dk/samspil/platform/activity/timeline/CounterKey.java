package dk.samspil.platform.activity.timeline;

/**
 * One counter of the timeline: a metric of a municipality ({@code districtCode} and {@code municipalityCode}), of a
 * police district as a whole ({@code municipalityCode} null), or of the country ({@code districtCode} null too).
 */
record CounterKey(String districtCode, String municipalityCode, String metric) {

    static CounterKey ofMunicipality(String districtCode, String municipalityCode, String metric) {
        return new CounterKey(districtCode, municipalityCode, metric);
    }

    static CounterKey ofDistrict(String districtCode, String metric) {
        return new CounterKey(districtCode, null, metric);
    }
}
