using Humanitarian.Framework.Domain;

namespace Humanitarian.Framework.Validation;

/// <summary>
/// Validates an input DTO exactly as the API validates a request body (ABP's IObjectValidator), for
/// inputs that do not come through HTTP: an import's rows, a background job's arguments.
/// </summary>
public interface IObjectValidator
{
    /// <returns>The errors, fields named as JSON clients spell them (<c>contacts[0].email</c>); none when valid.</returns>
    IReadOnlyList<ValidationError> GetErrors(object input);
}
