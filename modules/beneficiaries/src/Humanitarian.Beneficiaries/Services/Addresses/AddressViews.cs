using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>Addresses as a caller is shown them: sensitive fields only with the permission, and each such read audited.</summary>
public sealed class AddressViews(SensitiveDataReads sensitiveReads, HumanitarianAddressManager manager, IPermissionChecker permissions)
    : ITransientDependency
{
    public Task<bool> MaySeeSensitiveAsync() => permissions.IsGrantedAsync(BeneficiariesPermissions.SensitiveData);

    /// <param name="how">What showed them (list, details, …), as the audit log records it.</param>
    public async Task<List<HumanitarianAddressDto>> ShowAsync(IReadOnlyList<HumanitarianAddress> shown, string how)
    {
        var sensitive = await MaySeeSensitiveAsync();
        if (sensitive)
        {
            await sensitiveReads.RecordAsync(shown, how);
        }
        return shown.Select(a => a.ToDto(sensitive, sensitive ? manager.RevealNationalId(a) : null)).ToList();
    }
}
