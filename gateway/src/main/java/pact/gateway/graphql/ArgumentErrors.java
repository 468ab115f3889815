package pact.gateway.graphql;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Words the argument values that SmallRye's lenient scalars let through and then fail to convert
 * (an Int beyond 32 bits, a Float given as text, an input object with such a field): SmallRye
 * answers them with "System error" or with a message naming Java classes. Here the answer names
 * the argument, the path to the bad value inside it and the GraphQL type it must have, with the
 * gateway's {@code invalid-argument} code. Only fields with arguments are wrapped.
 */
final class ArgumentErrors extends SimplePerformantInstrumentation {
    static final String CODE = "invalid-argument";
    static final long INT_MIN = Integer.MIN_VALUE;
    static final long INT_MAX = Integer.MAX_VALUE;

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()
                || parameters.getEnvironment().getFieldDefinition().getArguments().isEmpty()) {
            return fetcher;
        }
        return environment -> {
            try {
                return reword(fetcher.get(environment), environment);
            } catch (RuntimeException e) {
                if (isConversionFailure(e)) {
                    return DataFetcherResult.newResult().error(invalidArgument(environment)).build();
                }
                throw e;
            }
        };
    }

    static Object reword(Object result, DataFetchingEnvironment environment) {
        if (result instanceof CompletionStage<?> stage) {
            return stage.handle((r, failure) -> {
                if (failure == null) {
                    return reword(r, environment);
                }
                if (isConversionFailure(failure)) {
                    return DataFetcherResult.newResult().error(invalidArgument(environment)).build();
                }
                throw failure instanceof CompletionException c ? c : new CompletionException(failure);
            });
        }
        if (result instanceof DataFetcherResult<?> fetched && fetched.hasErrors()
                && fetched.getErrors().stream().anyMatch(ArgumentErrors::isConversionFailure)) {
            List<GraphQLError> errors = new ArrayList<>();
            for (GraphQLError error : fetched.getErrors()) {
                errors.add(isConversionFailure(error) ? invalidArgument(environment) : error);
            }
            return fetched.transform(b -> b.clearErrors().errors(errors));
        }
        return result;
    }

    /** SmallRye's failure to convert an argument value: a coercing exception, or its "argument ... is not a valid" error. */
    static boolean isConversionFailure(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching failure) {
            return isConversionFailure(failure.getException());
        }
        return error.getErrorType() == ErrorType.ValidationError && error.getMessage() != null
                && error.getMessage().startsWith("argument '") && error.getMessage().contains("is not a valid");
    }

    /** A coercing exception, or SmallRye's transformation failure, anywhere in the causes. */
    static boolean isConversionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CoercingParseLiteralException || t instanceof CoercingParseValueException
                    || t.getClass().getName().endsWith(".TransformException")) {
                return true;
            }
        }
        return false;
    }

    static GraphQLError invalidArgument(DataFetchingEnvironment environment) {
        String field = environment.getFieldDefinition().getName();
        String message = null;
        for (GraphQLArgument argument : environment.getFieldDefinition().getArguments()) {
            Object value = environment.getArguments().get(argument.getName());
            String why = problem(argument.getName(), argument.getType(), value);
            if (why != null) {
                message = "Argument '" + argument.getName() + "' of " + field + " (" + GraphQLTypeUtil.simplePrint(
                        argument.getType()) + ") is not valid: " + why;
                break;
            }
        }
        if (message == null) {
            message = "An argument of " + field + " has a value its type does not allow: an Int is a whole number "
                    + "from " + INT_MIN + " to " + INT_MAX + ", a Float a number, and text goes in strings";
        }
        return GraphqlErrorBuilder.newError(environment).message(message).errorType(ErrorType.ValidationError)
                .extensions(Map.of("code", CODE)).build();
    }

    /** What is wrong with the value at {@code path}, or null when its type allows it. */
    static String problem(String path, GraphQLInputType type, Object value) {
        if (value == null) {
            return null; // graphql-java has already refused a missing non-null value
        }
        GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (bare instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return problem(path, (GraphQLInputType) list.getWrappedType(), value);
            }
            for (int i = 0; i < items.size(); i++) {
                String why = problem(path + "[" + i + "]", (GraphQLInputType) list.getWrappedType(), items.get(i));
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        if (bare instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return path + " must be an object with the fields of " + object.getName();
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                String why = problem(path + "." + field.getName(), field.getType(), fields.get(field.getName()));
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        if (bare instanceof GraphQLScalarType scalar) {
            return scalarProblem(path, scalar.getName(), value);
        }
        return null;
    }

    static String scalarProblem(String path, String scalar, Object value) {
        switch (scalar) {
            case "Int" -> {
                BigDecimal number = number(value);
                if (number == null || number.stripTrailingZeros().scale() > 0
                        || number.compareTo(BigDecimal.valueOf(INT_MIN)) < 0
                        || number.compareTo(BigDecimal.valueOf(INT_MAX)) > 0) {
                    return path + " is " + shown(value) + ", not an Int (a whole number from " + INT_MIN + " to "
                            + INT_MAX + ")";
                }
            }
            case "Float", "BigDecimal" -> {
                if (number(value) == null) {
                    return path + " is " + shown(value) + ", not a number";
                }
            }
            case "Boolean" -> {
                if (!(value instanceof Boolean)) {
                    return path + " is " + shown(value) + ", not true or false";
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    /** The value as a number when it is one (text is not), else null. */
    static BigDecimal number(Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null; // NaN or infinity
        }
    }

    static String shown(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
