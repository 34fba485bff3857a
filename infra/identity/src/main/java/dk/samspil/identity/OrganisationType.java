package dk.samspil.identity;

import java.util.regex.Pattern;

/** The kinds of organisation a Samspil user or machine client acts for, with the form of their codes. */
public enum OrganisationType {
    /** Code: the kommunekode with four digits, {@code 0336}. */
    MUNICIPALITY("kommune", "0\\d{3}"),
    /** Code: the local council's id, {@code LR-0336}. */
    LOCAL_COUNCIL("lokalråd", "LR-0\\d{3}"),
    /** Code: the politikredskode of the police district, {@code 1467}. */
    DISTRICT_COUNCIL("kredsråd", "14(6\\d|7[01])"),
    NATIONAL_ASSOCIATION("SSP-Samrådet", "SSP-SAMRAADET"),
    /** Analysts, auditors and operators who act for no organisation: no code. */
    NONE("ingen organisation", null);

    private final String label;
    private final Pattern code;

    OrganisationType(String label, String codePattern) {
        this.label = label;
        this.code = codePattern == null ? null : Pattern.compile(codePattern);
    }

    public String label() {
        return label;
    }

    public boolean hasCode() {
        return code != null;
    }

    /** Whether {@code candidate} is a code of this type; for {@link #NONE} only the absence of a code is. */
    public boolean accepts(String candidate) {
        return code == null ? candidate == null : candidate != null && code.matcher(candidate).matches();
    }
}
