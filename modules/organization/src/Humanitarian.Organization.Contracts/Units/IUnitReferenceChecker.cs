namespace Humanitarian.Organization.Units;

/// <summary>
/// Implemented by every module whose records refer to units (tasks, sponsorships, donations...): a
/// unit is not deleted while any implementation gives a reason. Mark implementations
/// <c>ITransientDependency</c>: the conventional registrar keeps them all.
/// </summary>
public interface IUnitReferenceChecker
{
    /// <returns>Null when nothing of this module refers to the unit; else why it must stay, in the request's language.</returns>
    Task<string?> GetBlockingReasonAsync(Guid unitId);
}
