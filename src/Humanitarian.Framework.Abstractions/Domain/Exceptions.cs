namespace Humanitarian.Framework.Domain;

/// <summary>A business rule was broken: answered with 400 and a localized message for <see cref="Code"/>.</summary>
public class BusinessException : Exception
{
    public string? Code { get; }
    public string? Details { get; set; }
    public IDictionary<string, object?> MessageArguments { get; } = new Dictionary<string, object?>();

    public BusinessException(string? code = null, string? message = null, string? details = null)
        : base(message ?? code)
    {
        Code = code;
        Details = details;
    }

    public BusinessException WithData(string name, object? value)
    {
        MessageArguments[name] = value;
        return this;
    }
}

/// <summary>An entity does not exist or belongs to another tenant: answered with 404.</summary>
public class EntityNotFoundException(Type entityType, object? id)
    : Exception($"There is no entity {entityType.Name} with id = {id}")
{
    public Type EntityType { get; } = entityType;
    public object? Id { get; } = id;
}

/// <summary>One invalid input member; <see cref="Members"/> names the JSON fields.</summary>
public sealed record ValidationError(string Message, IReadOnlyList<string> Members);

/// <summary>Input failed validation: answered with 400 and the list of invalid fields.</summary>
public class AbpValidationException(IReadOnlyList<ValidationError> errors)
    : Exception("Your request is not valid!")
{
    public IReadOnlyList<ValidationError> ValidationErrors { get; } = errors;

    public AbpValidationException(string message, params string[] members)
        : this([new ValidationError(message, members)]) { }
}

/// <summary>The caller may not do this: answered with 403 (401 when not signed in).</summary>
public class AbpAuthorizationException(string? message = null) : Exception(message ?? "Forbidden");
