using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// Two addresses that the rules took for one but a user confirmed are not the same person ("không phải
/// cùng một người"): the pair is never offered for review again. Kept in one order so that the pair
/// has one row whichever side was confirmed from.
/// </summary>
public sealed class NotDuplicatePair : CreationAuditedEntity<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid FirstAddressId { get; private set; }
    public Guid SecondAddressId { get; private set; }

    private NotDuplicatePair() { }

    public NotDuplicatePair(Guid id, Guid oneAddressId, Guid otherAddressId) : base(id)
    {
        if (oneAddressId == otherAddressId)
        {
            throw new BusinessException(BeneficiariesErrorCodes.MergeSameRecord).WithMember("DuplicateId");
        }
        (FirstAddressId, SecondAddressId) = DuplicatePairs.Ordered(oneAddressId, otherAddressId);
    }
}
