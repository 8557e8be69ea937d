using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// Two donors the rules took for one but a user confirmed are not ("không phải cùng một nhà hảo tâm"):
/// the pair is never offered for review again. Kept in one order so that the pair has one row.
/// </summary>
public sealed class DonorNotDuplicatePair : CreationAuditedEntity<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid FirstDonorId { get; private set; }
    public Guid SecondDonorId { get; private set; }

    private DonorNotDuplicatePair() { }

    public DonorNotDuplicatePair(Guid id, Guid oneDonorId, Guid otherDonorId) : base(id)
    {
        if (oneDonorId == otherDonorId)
        {
            throw new BusinessException(FundraisingErrorCodes.MergeSameDonor).WithMember("OtherDonorId");
        }
        (FirstDonorId, SecondDonorId) = DuplicatePairs.Ordered(oneDonorId, otherDonorId);
    }
}
