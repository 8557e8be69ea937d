using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Documents;

[Authorize(OrganizationPermissions.Documents.Create)]
public sealed class CreateModel(IDocumentAppService documentAppService, OrganizationLookups lookups)
    : DocumentFormPageModel(lookups), IDocumentForm
{
    [BindProperty]
    public CreateDocumentDto Input { get; set; } = new();

    protected override CreateDocumentDto Form => Input;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        ApplyLegalBasis();
        var document = await documentAppService.CreateAsync(Input);
        SetNotice("Documents:Created", DocumentCaptions.Of(document));
        return RedirectToPage("Details", new { id = document.Id });
    }
}
