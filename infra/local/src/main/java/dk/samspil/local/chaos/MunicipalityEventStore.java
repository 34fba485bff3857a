package dk.samspil.local.chaos;

import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.ServiceDescriptor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The municipality's Axon event store, read directly in its PostgreSQL database: the truth the suite checks against. */
final class MunicipalityEventStore {

    private static final String EVENTS = """
            SELECT aggregateidentifier, sequencenumber, type, payloadtype, eventidentifier,
                   convert_from(payload, 'UTF8')::json ->> 'municipalityCode'
            FROM domainevententry WHERE type IN (?, ?) ORDER BY globalindex""";

    private final String jdbcUrl;

    MunicipalityEventStore(LocalStackConfig config) {
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/"
                + ServiceDescriptor.MUNICIPALITY.postgresDatabase().orElseThrow();
    }

    /** Every initiative and concern event, in the order they were stored. */
    List<StoredEvent> events() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, LocalStack.POSTGRES_USER, LocalStack.POSTGRES_PASSWORD);
             PreparedStatement query = connection.prepareStatement(EVENTS)) {
            query.setString(1, StoredEvent.INITIATIVE);
            query.setString(2, StoredEvent.CONCERN);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String payloadType = rows.getString(4);
                    events.add(new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3),
                            payloadType.substring(payloadType.lastIndexOf('.') + 1), rows.getString(5), rows.getString(6)));
                }
            }
            return events;
        }
    }
}
