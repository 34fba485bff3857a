package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class DemoDirectoryTest {

    private static final Organisation STEVNS = new Organisation(OrganisationType.MUNICIPALITY, "0336");

    @Test
    void everyRoleHasADemoUser() {
        DemoDirectory directory = demoUsersFile();

        List<Role> held = directory.users().stream().flatMap(user -> user.roles().stream()).distinct().toList();

        assertThat(held).containsExactlyInAnyOrder(Role.values());
    }

    @ParameterizedTest(name = "{2} in {0} {1}")
    @CsvSource({
            "MUNICIPALITY, 0336, SSP_CONSULTANT",
            "MUNICIPALITY, 0101, SSP_CONSULTANT",
            "MUNICIPALITY, 0336, SSP_LEADER_GROUP",
            "MUNICIPALITY, 0336, SSP_SECRETARIAT",
            "LOCAL_COUNCIL, LR-0336, LOCAL_COUNCIL_MEMBER",
            "DISTRICT_COUNCIL, 1467, DISTRICT_COUNCIL_MEMBER",
            "DISTRICT_COUNCIL, 1467, DISTRICT_SECRETARIAT",
            "DISTRICT_COUNCIL, 1470, DISTRICT_COUNCIL_MEMBER",
            "NATIONAL_ASSOCIATION, SSP-SAMRAADET, NATIONAL_SECRETARIAT",
            "NATIONAL_ASSOCIATION, SSP-SAMRAADET, NATIONAL_BOARD",
            "NONE, , ANALYST",
            "NONE, , AUDITOR",
            "NONE, , OPERATOR"})
    void theDemoUsersCoverTheOrganisationsTheLaterTestsNeed(OrganisationType type, String code, Role role) {
        Organisation organisation = new Organisation(type, code);

        assertThat(demoUsersFile().users())
                .anySatisfy(user -> assertThat(user.membership()).isEqualTo(new Membership(organisation, List.of(role))));
    }

    @Test
    void theDemoLoaderIsAMachineClientWithASecretFromTheConfiguration() {
        assertThat(demoUsersFile().machineClients())
                .anySatisfy(client -> {
                    assertThat(client.clientId()).isEqualTo("samspil-demo");
                    assertThat(client.secret()).isEqualTo("samspil-demo-dev-secret");
                });
    }

    @Test
    void onlyTheDemoLoaderActsForAnyOrganisation() {
        assertThat(demoUsersFile().machineClients())
                .filteredOn(MachineClient::actsForAnyOrganisation)
                .extracting(MachineClient::clientId)
                .containsExactly("samspil-demo");
    }

    @ParameterizedTest
    @CsvSource({
            "MUNICIPALITY, 336",
            "MUNICIPALITY, 222",
            "MUNICIPALITY, LR-0336",
            "LOCAL_COUNCIL, 0336",
            "DISTRICT_COUNCIL, 1459",
            "DISTRICT_COUNCIL, 1472",
            "NATIONAL_ASSOCIATION, SSP-Samrådet",
            "NONE, 0336"})
    void anOrganisationCodeMustHaveTheFormOfItsType(OrganisationType type, String code) {
        assertThatThrownBy(() -> new Organisation(type, code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation.code");
    }

    @Test
    void aCodeIsRequiredExceptForNoOrganisation() {
        assertThatThrownBy(() -> new Organisation(OrganisationType.MUNICIPALITY, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Organisation(OrganisationType.NONE, null).code()).isNull();
        assertThat(new Organisation(OrganisationType.DISTRICT_COUNCIL, "1471").code()).isEqualTo("1471");
    }

    @Test
    void aRoleMustBelongToTheOrganisationsType() {
        Organisation district = new Organisation(OrganisationType.DISTRICT_COUNCIL, "1467");

        assertThatThrownBy(() -> new Membership(district, List.of(Role.SSP_CONSULTANT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SSP_CONSULTANT");
        assertThat(new Membership(district, List.of(Role.DISTRICT_SECRETARIAT, Role.DPO)).roles()).hasSize(2);
        assertThat(Arrays.stream(Role.values()).filter(role -> role.fits(OrganisationType.NONE)))
                .containsExactlyInAnyOrder(Role.ANALYST, Role.AUDITOR, Role.OPERATOR, Role.DPO);
    }

    @Test
    void someoneWithoutRolesIsRefused() {
        assertThatThrownBy(() -> new DemoUser("nobody", "pw", "Ingen", STEVNS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101901234", "010190-1234", "Stevns-Consultant", "stevns consultant", "-stevns", "s"})
    void aUsernameStartsWithALetterSoItCanNeverBeACprNumber(String username) {
        assertThatThrownBy(() -> new DemoUser(username, "pw", "Navn", STEVNS, List.of(Role.SSP_CONSULTANT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("username");
    }

    @Test
    void aUserAndAMachineClientCannotShareASubject() {
        DemoUser user = new DemoUser("stevns", "pw", "Navn", STEVNS, List.of(Role.SSP_CONSULTANT));
        MachineClient client = new MachineClient("stevns", "secret", STEVNS, List.of(Role.SSP_CONSULTANT), false);

        assertThatThrownBy(() -> new DemoDirectory(List.of(user), List.of(client)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'stevns' is named twice");
        assertThatThrownBy(() -> new DemoDirectory(List.of(user, user), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passwordsAndSecretsStayOutOfLogs() {
        DemoUser user = new DemoUser("stevns", "hemmeligt-kodeord", "Navn", STEVNS, List.of(Role.SSP_CONSULTANT));
        MachineClient client = new MachineClient("stevns-system", "hemmelig-nøgle", STEVNS, List.of(Role.SSP_CONSULTANT), false);

        assertThat(user.toString()).contains("stevns").doesNotContain("hemmeligt-kodeord");
        assertThat(client.toString()).contains("stevns-system").doesNotContain("hemmelig-nøgle");
    }

    /** demo-users.yml bound as the application binds it, placeholders with their dev defaults included. */
    private static DemoDirectory demoUsersFile() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("demo-users.yml", new ClassPathResource("demo-users.yml"))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Binder.get(environment).bind("samspil.identity.directory", DemoDirectory.class).get();
    }
}
