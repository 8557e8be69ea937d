namespace Humanitarian.Framework.Application;

/// <summary>
/// The answer to a request whose work goes on in the background: the API answers 202 Accepted with
/// <see cref="ProgressLocation"/> as its Location header (keep it out of the body with <c>[JsonIgnore]</c>).
/// </summary>
public interface IBackgroundOperationDto
{
    string ProgressLocation { get; }
}
