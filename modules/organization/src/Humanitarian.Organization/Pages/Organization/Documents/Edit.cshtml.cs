using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Documents;

[Authorize(OrganizationPermissions.Documents.Update)]
public sealed class EditModel(IDocumentAppService documentAppService, OrganizationLookups lookups)
    : DocumentFormPageModel(lookups), IDocumentForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateDocumentDto Input { get; set; } = new();

    CreateDocumentDto IDocumentForm.Input => Input;

    protected override CreateDocumentDto Form => Input;

    protected override Guid? EditedDocumentId => Id;

    private IReadOnlyList<DocumentLegalBasisDto> _existingLegalBasis = [];

    protected override IReadOnlyList<DocumentLegalBasisDto> ExistingLegalBasis => _existingLegalBasis;

    public async Task<IActionResult> OnGetAsync()
    {
        var document = await documentAppService.GetAsync(Id);
        if (RedirectIfNotOwn(document.TenantId, Id) is { } readOnly)
        {
            return readOnly;
        }
        Input = document.ToUpdateDto();
        CitedDocumentIds = document.LegalBasis.Select(b => b.DocumentId).OfType<Guid>().ToList();
        References = string.Join('\n', document.LegalBasis.Where(b => b.DocumentId is null).Select(b => b.Reference));
        _existingLegalBasis = document.LegalBasis;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        _existingLegalBasis = (await documentAppService.GetAsync(Id)).LegalBasis;
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        ApplyLegalBasis();
        var document = await documentAppService.UpdateAsync(Id, Input);
        SetNotice("Documents:Updated", DocumentCaptions.Of(document));
        return RedirectToPage("Details", new { id = document.Id });
    }
}
