package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.Json;

/** Save result bodies: REST uses {@code errorCode}, sObject Collections use {@code statusCode}. */
final class SaveResults {

    private SaveResults() {
    }

    /** {@code {"id":..,"errors":[],"success":true}} as a direct create answers. */
    static ObjectNode created(Row row) {
        ObjectNode result = Json.object().put("id", row.id());
        result.putArray("errors");
        result.put("success", true);
        return result;
    }

    /** {@code {"id":..,"success":true,"errors":[],"created":bool}} as upsert answers. */
    static ObjectNode upserted(Row row, boolean created) {
        ObjectNode result = Json.object().put("id", row.id()).put("success", true);
        result.putArray("errors");
        result.put("created", created);
        return result;
    }

    /** A collections result: {@code {"id":..,"success":true,"errors":[]}}. */
    static ObjectNode success(String id) {
        ObjectNode result = Json.object().put("id", id).put("success", true);
        result.putArray("errors");
        return result;
    }

    /** A collections failure: {@code {"success":false,"errors":[{"statusCode":..,"message":..,"fields":[..]}]}}. */
    static ObjectNode failure(String id, String statusCode, String message, java.util.List<String> fields) {
        ObjectNode result = Json.object();
        if (id != null) {
            result.put("id", id);
        }
        result.put("success", false);
        ObjectNode error = result.putArray("errors").addObject().put("statusCode", statusCode).put("message", message);
        ArrayNode list = error.putArray("fields");
        fields.forEach(list::add);
        return result;
    }
}
