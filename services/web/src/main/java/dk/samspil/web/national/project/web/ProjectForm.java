package dk.samspil.web.national.project.web;

import dk.samspil.web.national.project.query.ProjectClient;

import java.util.Arrays;
import java.util.List;

/** The proposal form as typed: lists (co-owners, forums, partners) one per line. */
record ProjectForm(String name, String purpose, String owner, String coOwners, String periodStart, String periodEnd,
                   String strategicLeadRole, String staffLeadRole, String professionalForums, String partners) {

    static ProjectForm empty() {
        return new ProjectForm("", "", "SSP-Samrådet", "", "", "", "", "", "", "");
    }

    ProjectClient.ProposeProject toProposal() {
        return new ProjectClient.ProposeProject(name, purpose, owner, lines(coOwners), periodStart, periodEnd,
                strategicLeadRole, staffLeadRole, lines(professionalForums), lines(partners));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
