using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// The amounts of DTOs that live in a module's Contracts, which cannot see MVC's <see cref="VndAmountAttribute"/>:
/// a module names them here (<c>Configure&lt;VndAmountOptions&gt;(o =&gt; o.Add&lt;CreateDonationDto&gt;(nameof(...)))</c>)
/// and forms bind them as <c>&lt;abp-money-input&gt;</c> writes them (<c>1.234.567</c>).
/// </summary>
public sealed class VndAmountOptions
{
    private readonly List<(Type Container, string Property)> _amounts = [];

    public IReadOnlyList<(Type Container, string Property)> Amounts => _amounts;

    /// <summary>Marks <paramref name="property"/> of <typeparamref name="TContainer"/> (and of its subclasses) as an amount of đồng.</summary>
    public VndAmountOptions Add<TContainer>(string property)
    {
        _amounts.Add((typeof(TContainer), property));
        return this;
    }
}

/// <summary>
/// Gives the properties named in <see cref="VndAmountOptions"/> the <see cref="VndAmountModelBinder"/>. JSON
/// bodies are not bound property by property and keep plain numbers.
/// </summary>
public sealed class VndAmountBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata is not { MetadataKind: ModelMetadataKind.Property, ContainerType: { } container, PropertyName: { } name })
        {
            return null;
        }
        var amounts = context.Services.GetRequiredService<IOptions<VndAmountOptions>>().Value.Amounts;
        return amounts.Any(a => a.Property == name && a.Container.IsAssignableFrom(container)) ? new VndAmountModelBinder() : null;
    }
}
