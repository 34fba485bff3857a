package dk.samspil.platform.rebuild;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /actuator/readmodels} lists the service's read models and how far each has come; {@code POST
 * /actuator/readmodels/{name}} rebuilds one (404 for an unknown name). For operators, like every actuator endpoint but
 * health; {@code ./samspil rebuild} drives it.
 */
@Endpoint(id = "readmodels")
public class ReadModelsEndpoint {

    private final Supplier<Collection<RebuildableReadModel>> readModels;

    ReadModelsEndpoint(Supplier<Collection<RebuildableReadModel>> readModels) {
        this.readModels = readModels;
    }

    @ReadOperation
    public List<ReadModelStatusResponse> readModels() {
        return readModels.get().stream().map(RebuildableReadModel::status).toList();
    }

    @WriteOperation
    public WebEndpointResponse<ReadModelStatusResponse> rebuild(@Selector String name) {
        Optional<RebuildableReadModel> readModel = readModels.get().stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst();
        readModel.ifPresent(RebuildableReadModel::rebuild);
        return readModel.map(rebuilding -> new WebEndpointResponse<>(rebuilding.status()))
                .orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
    }
}
