"""Tiny PNG read/write (8-bit RGB/RGBA, non-interlaced) with numpy; no PIL here."""
import zlib, struct, numpy as np
def read(path):
    data=open(path,'rb').read(); pos=8; idat=b''; w=h=0
    while pos<len(data):
        n,=struct.unpack('>I',data[pos:pos+4]); typ=data[pos+4:pos+8]; body=data[pos+8:pos+8+n]; pos+=12+n
        if typ==b'IHDR': w,h,bd,ct,_,_,il=struct.unpack('>IIBBBBB',body); ch={2:3,6:4}[ct]
        elif typ==b'IDAT': idat+=body
    raw=zlib.decompress(idat); stride=w*ch; out=np.zeros((h,stride),np.int32); prev=np.zeros(stride,np.int32); p=0
    for y in range(h):
        f=raw[p]; line=np.frombuffer(raw[p+1:p+1+stride],np.uint8).astype(np.int32); p+=1+stride
        if f==0: cur=line
        elif f==2: cur=(line+prev)&255
        else:
            cur=np.zeros(stride,np.int32)
            for i in range(stride):
                a=cur[i-ch] if i>=ch else 0; b=prev[i]; c=prev[i-ch] if i>=ch else 0
                if f==1: pr=a
                elif f==3: pr=(a+b)//2
                else:
                    pa=abs(b-c); pb=abs(a-c); pc=abs(a+b-2*c); pr=a if (pa<=pb and pa<=pc) else (b if pb<=pc else c)
                cur[i]=(line[i]+pr)&255
        out[y]=cur; prev=cur
    return out.reshape(h,w,ch)[:,:,:3].astype(np.uint8)
def write(path,img):
    h,w,_=img.shape; raw=b''.join(b'\x00'+img[y].tobytes() for y in range(h))
    def chunk(t,b): return struct.pack('>I',len(b))+t+b+struct.pack('>I',zlib.crc32(t+b)&0xffffffff)
    open(path,'wb').write(b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',w,h,8,2,0,0,0))+chunk(b'IDAT',zlib.compress(img.tobytes() if False else raw))+chunk(b'IEND',b''))
def crop(img,u0,v0,u1,v1,scale,grid=10):
    c=img[v0:v1,u0:u1].repeat(scale,0).repeat(scale,1).copy()
    for v in range(v0,v1):
        if v%grid==0: c[(v-v0)*scale,:]=[255,0,255] if v%50==0 else [0,255,255]
    for u in range(u0,u1):
        if u%grid==0: c[:,(u-u0)*scale]=[255,0,255] if u%50==0 else [0,255,255]
    return c
