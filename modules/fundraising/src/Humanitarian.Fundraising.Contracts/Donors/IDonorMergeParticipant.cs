namespace Humanitarian.Fundraising.Donors;

/// <summary>
/// Implemented by a module that keeps donor ids (Beneficiaries' sponsorships by a donor): when two donors
/// are merged, it moves what it holds of the duplicate to the kept donor, in the merge's transaction.
/// </summary>
public interface IDonorMergeParticipant
{
    Task MoveDonorAsync(Guid duplicateId, Guid keptId, string keptName);
}
