package dk.samspil.web.figures;

import java.util.Map;

/** The Danish names of the codes the figures are counted by, as the services send them along. */
public record Labels(Map<String, String> statusLabels, Map<String, String> preventionLevelLabels,
                     Map<String, String> scopeLabels) {

    public String status(String code) {
        return statusLabels.getOrDefault(code, code);
    }

    public String preventionLevel(String code) {
        return preventionLevelLabels.getOrDefault(code, code);
    }

    public String scope(String code) {
        return scopeLabels.getOrDefault(code, code);
    }
}
