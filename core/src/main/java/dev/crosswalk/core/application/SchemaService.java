package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.port.in.DescribeSchemaUseCase;
import java.util.List;

/** Tells a connection's objects and fields through the connector's schema port (which caches per connection). */
final class SchemaService implements DescribeSchemaUseCase {

    private final ConnectionResolver resolver;

    SchemaService(ConnectionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public List<ObjectSummary> objects(ConnectionRef connection) {
        ConnectedCrm crm = resolver.open(connection);
        return crm.call(() -> crm.ports().schema().objects(crm.connection()));
    }

    @Override
    public ObjectSchema describe(ConnectionRef connection, String object) {
        return resolver.open(connection).describe(object);
    }
}
