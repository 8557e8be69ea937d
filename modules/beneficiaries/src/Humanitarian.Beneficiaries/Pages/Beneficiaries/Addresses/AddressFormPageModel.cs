using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>What the shared address form (<c>_AddressForm</c>) reads from its page.</summary>
public interface IAddressForm
{
    CreateHumanitarianAddressDto Input { get; }
    List<SelectListItem> Sexes { get; }
    List<SelectListItem> FacilityKinds { get; }
    List<SelectListItem> Statuses { get; }
    List<SelectListItem> Units { get; }
    List<SelectListItem> Categories { get; }
    List<SelectListItem> Needs { get; }

    /// <summary>National ID, HIV/AIDS and health details are shown and written only with SensitiveData.</summary>
    bool CanSeeSensitive { get; }

    string Label(string propertyName);
}

/// <summary>The create and edit pages of an address: same fields (a person's or a facility's), same lists.</summary>
public abstract class AddressFormPageModel(BeneficiaryLookups lookups) : BeneficiariesPageModel
{
    public List<SelectListItem> Sexes { get; private set; } = [];
    public List<SelectListItem> FacilityKinds { get; private set; } = [];
    public List<SelectListItem> Statuses { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public List<SelectListItem> Categories { get; private set; } = [];
    public List<SelectListItem> Needs { get; private set; } = [];
    public bool CanSeeSensitive { get; private set; }

    protected abstract CreateHumanitarianAddressDto Form { get; }

    /// <summary>The form names the commune by name; an unknown commune id is reported on it.</summary>
    protected override IReadOnlyDictionary<string, string> MemberAliases { get; } = new Dictionary<string, string> { ["communeId"] = "Commune" };

    protected override Task OnInputRejectedAsync() => LoadAsync();

    protected async Task LoadAsync()
    {
        var form = Form;
        CanSeeSensitive = await IsGrantedAsync(BeneficiariesPermissions.SensitiveData);
        Sexes = EnumItems(SexName, form.Sex);
        FacilityKinds = EnumItems(KindName, form.FacilityKind);
        Statuses = EnumItems(StatusName, form.Status);
        Units = BeneficiaryLookups.UnitOptions(await lookups.GetAllUnitsAsync(), form.SurveyingUnitId);
        Categories = Enum.GetValues<AddressCategory>()
            .Where(c => CanSeeSensitive || c != AddressCategory.HivAids)
            .Select(c => new SelectListItem(CategoryName(c), c.ToString(), form.Categories.Contains(c))).ToList();
        Needs = Enum.GetValues<AddressNeed>().Select(n => new SelectListItem(NeedName(n), n.ToString(), form.Needs.Contains(n))).ToList();
    }
}
