namespace Humanitarian.Framework.Content;

/// <summary>
/// ABP's <c>IRemoteStreamContent</c>: a file crossing the service boundary without HTTP types. As a
/// parameter it is bound from a multipart upload (the form field named like the parameter); returned,
/// it is downloaded as a file (Content-Type, and Content-Disposition when it has a name).
/// </summary>
public interface IRemoteStreamContent : IDisposable
{
    /// <summary>The file's name as the client gave it (uploads) or as it is offered (downloads).</summary>
    string? FileName { get; }

    string ContentType { get; }

    long? ContentLength { get; }

    Stream GetStream();
}

/// <summary>ABP's <c>RemoteStreamContent</c>: a stream with its name and content type.</summary>
public class RemoteStreamContent(
    Stream stream, string? fileName = null, string? contentType = null, long? readOnlyLength = null, bool disposeStream = true)
    : IRemoteStreamContent
{
    public const string DefaultContentType = "application/octet-stream";

    public string? FileName { get; } = fileName;

    public string ContentType { get; } = contentType ?? DefaultContentType;

    public long? ContentLength { get; } = readOnlyLength ?? (stream.CanSeek ? stream.Length - stream.Position : null);

    public Stream GetStream() => stream;

    public void Dispose()
    {
        if (disposeStream)
        {
            stream.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}
