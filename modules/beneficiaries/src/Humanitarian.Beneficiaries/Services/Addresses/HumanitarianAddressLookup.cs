using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Beneficiaries.Services.Addresses;

public sealed class HumanitarianAddressLookup(AddressScope scope) : IHumanitarianAddressLookup, ITransientDependency
{
    public async Task<bool> IsVisibleAsync(Guid addressId) => await scope.FindAsync(addressId, tracking: false) is not null;
}
