using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Deliveries;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries;

/// <summary>
/// The amounts of the module's DTOs, bound from a form as <c>&lt;abp-money-input&gt;</c> writes them
/// (<c>1.234.567</c>). The DTOs live in Contracts, which cannot see MVC's <see cref="VndAmountAttribute"/>,
/// so they are named here; JSON bodies are not bound property by property and keep plain numbers.
/// </summary>
public sealed class AmountBinderProvider : IModelBinderProvider
{
    private static readonly (Type Container, string Property)[] Amounts =
    [
        (typeof(CreateHumanitarianAddressDto), nameof(CreateHumanitarianAddressDto.MonthlyValueSought)),
        (typeof(UpdateSponsorshipDto), nameof(UpdateSponsorshipDto.MonthlyValue)),
        (typeof(CreateSupportDeliveryDto), nameof(CreateSupportDeliveryDto.Value)),
        (typeof(UpdateSponsorshipSettingsDto), nameof(UpdateSponsorshipSettingsDto.MinimumMonthlyValue)),
        (typeof(RecordVerificationOutcomeDto), nameof(RecordVerificationOutcomeDto.AmountReceived)),
        (typeof(CreateSponsorRequestDto), nameof(CreateSponsorRequestDto.MonthlyValue)),
    ];

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata is { MetadataKind: ModelMetadataKind.Property, ContainerType: { } container, PropertyName: { } name }
        && Amounts.Any(a => a.Property == name && a.Container.IsAssignableFrom(container))
            ? new VndAmountModelBinder()
            : null;
}
