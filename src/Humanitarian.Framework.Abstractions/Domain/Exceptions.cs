namespace Humanitarian.Framework.Domain;

/// <summary>
/// A business rule was broken: answered with 400. Entities and domain services throw it with a
/// <see cref="Code"/> and <see cref="WithData">data</see> only (they have no localizer, as in ABP): the
/// code's text in the module's resource (see <c>AbpExceptionLocalizationOptions</c>) is the message,
/// its <c>{name}</c> placeholders filled from the data. <see cref="WithMember"/> names the input field
/// the rule is about, so the API answers with a validation error on it and a form marks that input.
/// </summary>
public class BusinessException : Exception
{
    /// <summary>The <see cref="Exception.Data"/> key holding the names of the fields at fault.</summary>
    public const string MembersDataKey = "Abp.ValidationMembers";

    public string? Code { get; }
    public string? Details { get; set; }

    /// <summary>True when the thrower gave a ready message; otherwise it comes from <see cref="Code"/>.</summary>
    public bool HasMessage { get; }

    public BusinessException(string? code = null, string? message = null, string? details = null)
        : base(message ?? code)
    {
        Code = code;
        Details = details;
        HasMessage = message is not null;
    }

    /// <summary>A value for the message's <c>{name}</c> placeholder (ABP's WithData).</summary>
    public BusinessException WithData(string name, object? value)
    {
        Data[name] = value;
        return this;
    }

    /// <summary>
    /// The field at fault as the domain names it: a property (<c>nameof(Unit.ParentId)</c>) or a path into
    /// a list (<c>"LegalBasis[0].DocumentId"</c>). The API writes it as JSON clients spell it (camelCase).
    /// </summary>
    public BusinessException WithMember(string member)
    {
        Data[MembersDataKey] = Members.Append(member).ToArray();
        return this;
    }

    public IReadOnlyList<string> Members => Data[MembersDataKey] as string[] ?? [];
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

/// <summary>The caller did this too often in too short a time: answered with 429, with the thrower's message.</summary>
public class AbpTooManyRequestsException(string message) : Exception(message);
