package dev.crosswalk.adapters.http;

/** Serves one route, given the request the gatekeeper admitted. */
@FunctionalInterface
interface Endpoint {

    /**
     * @param call the admitted request
     * @throws Exception a refusal ({@link ApiProblem}, a use case's exception) or a failure, rendered by {@link Problems}
     */
    void serve(Call call) throws Exception;
}
